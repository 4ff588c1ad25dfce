import type { Platform } from '../catalog/pages';
import type { Status } from '../core/steps';

// Icons are drawn inline so the extension never loads an image; all are decorative (aria-hidden).

export function PlatformIcon({ platform, size = 28 }: { platform: Platform; size?: number }) {
  if (platform === 'facebook') {
    return (
      <svg class="platform-icon" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <circle cx="16" cy="16" r="16" fill="#1667d9" />
        <path
          d="M17.6 26v-8.2h2.8l.4-3.3h-3.2v-2.1c0-.9.3-1.6 1.6-1.6h1.7V7.9c-.3 0-1.3-.1-2.5-.1-2.5 0-4.2 1.5-4.2 4.3v2.4h-2.8v3.3h2.8V26z"
          fill="#fff"
        />
      </svg>
    );
  }
  return (
    <svg class="platform-icon" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <defs>
        <linearGradient id="objector-ig" x1="0" y1="1" x2="1" y2="0">
          <stop offset="0" stop-color="#f6a13a" />
          <stop offset=".5" stop-color="#d92e7f" />
          <stop offset="1" stop-color="#7a3fd1" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="9" fill="url(#objector-ig)" />
      <rect x="8" y="8" width="16" height="16" rx="5" fill="none" stroke="#fff" stroke-width="2.2" />
      <circle cx="16" cy="16" r="3.8" fill="none" stroke="#fff" stroke-width="2.2" />
      <circle cx="20.9" cy="11.1" r="1.3" fill="#fff" />
    </svg>
  );
}

export function Logo() {
  return (
    <svg class="logo" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      <rect width="24" height="24" rx="6" fill="var(--accent)" />
      <path
        d="M7 12.5l3.2 3.2L17 8.8"
        fill="none"
        stroke="var(--on-accent)"
        stroke-width="2.4"
        stroke-linecap="round"
      />
    </svg>
  );
}

export function GearIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <path
        fill="currentColor"
        d="M19.4 13a7.5 7.5 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.4 7.4 0 0 0-1.7-1L15 3.4h-4l-.4 2.6a7.4 7.4 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2l-2 1.6 2 3.4 2.4-1c.5.4 1.1.8 1.7 1l.4 2.6h4l.4-2.6c.6-.2 1.2-.6 1.7-1l2.4 1 2-3.4zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
        transform="translate(-1 0)"
      />
    </svg>
  );
}

export function ExternalIcon() {
  return (
    <svg class="inline-icon" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** The round marker before each step: empty, half, filled, check, cross or dash. */
export function StatusMark({ status }: { status: Status }) {
  const common = { class: `status-mark mark-${status}`, width: 22, height: 22, viewBox: '0 0 22 22' } as const;
  switch (status) {
    case 'confirmed':
    case 'submitted':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="11" cy="11" r="10" fill="currentColor" />
          <path
            d="M6.5 11.3l3 3 6-6.2"
            fill="none"
            stroke="var(--surface)"
            stroke-width="2.2"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
      );
    case 'rejected':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="11" cy="11" r="10" fill="currentColor" />
          <path d="M7.5 7.5l7 7M14.5 7.5l-7 7" stroke="var(--surface)" stroke-width="2.2" stroke-linecap="round" />
        </svg>
      );
    case 'skipped':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="11" cy="11" r="9.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M7 11h8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      );
    case 'opened':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="11" cy="11" r="9.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M11 1.5a9.5 9.5 0 0 1 0 19z" fill="currentColor" />
        </svg>
      );
    case 'todo':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="11" cy="11" r="9.5" fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
      );
  }
}
