import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/core/state';
import { canUndo, currentStatus, recordDetected, recordUndo, recordUserChange } from '@/core/status';
import { STATUSES } from '@/core/steps';

const URL_2025 = 'https://www.facebook.com/help/contact/712876720715583';

describe('recordDetected', () => {
  it('moves a step forward through opened, submitted, confirmed', () => {
    let h = recordDetected([], 'opened', 'form', 1, URL_2025);
    h = recordDetected(h, 'submitted', 'sent', 2, URL_2025);
    h = recordDetected(h, 'confirmed', 'confirmation', 3);
    expect(h.map((e) => e.status)).toEqual(['opened', 'submitted', 'confirmed']);
    expect(h[1]).toEqual({ status: 'submitted', at: 2, source: 'detected', evidence: 'sent', url: URL_2025 });
    expect(h[2]?.unprompted).toBeUndefined();
  });

  it('never downgrades: a form opened again after a submission changes nothing', () => {
    const submitted = recordDetected(recordDetected([], 'opened', 'form', 1), 'submitted', 'sent', 2);
    expect(recordDetected(submitted, 'opened', 'form', 3)).toEqual(submitted);
    const confirmed = recordDetected(submitted, 'confirmed', 'confirmation', 4);
    expect(recordDetected(confirmed, 'submitted', 'sent', 5)).toEqual(confirmed);
  });

  it('does not record the same status twice', () => {
    const opened = recordDetected([], 'opened', 'form', 1);
    expect(recordDetected(opened, 'opened', 'form', 2)).toHaveLength(1);
  });

  it('keeps the user’s skipped against an opened form, but records a real submission over it', () => {
    const skipped = recordUserChange([], 'skipped', 1);
    expect(currentStatus(recordDetected(skipped, 'opened', 'form', 2))).toBe('skipped');
    expect(currentStatus(recordDetected(skipped, 'submitted', 'sent', 3))).toBe('submitted');
  });

  it('records a confirmation seen before any submission (the form was sent from the app), and says so', () => {
    const h = recordDetected([], 'confirmed', 'notification', 1);
    expect(h).toEqual([{ status: 'confirmed', at: 1, source: 'detected', evidence: 'notification', unprompted: true }]);
    const undone = recordUndo(recordUserChange([], 'submitted', 1), 2) ?? [];
    expect(recordDetected(undone, 'confirmed', 'notification', 3).at(-1)?.unprompted).toBe(true);
    const sent = recordUserChange([], 'submitted', 1);
    expect(recordDetected(sent, 'confirmed', 'notification', 2).at(-1)?.unprompted).toBeUndefined();
  });
});

describe('recordUserChange', () => {
  it('always wins, even backwards, and is recorded as the user’s', () => {
    const confirmed = recordDetected([], 'confirmed', 'confirmation', 1);
    const h = recordUserChange(confirmed, 'todo', 2);
    expect(currentStatus(h)).toBe('todo');
    expect(h.at(-1)).toEqual({ status: 'todo', at: 2, source: 'user' });
  });

  it('changes nothing when the status is already the one chosen', () => {
    const h = recordUserChange([], 'submitted', 1);
    expect(recordUserChange(h, 'submitted', 2)).toEqual(h);
  });
});

describe('recordUndo', () => {
  it('restores the status before the user’s change with a new entry, keeping the old ones', () => {
    const opened = recordDetected([], 'opened', 'form', 1);
    const wrong = recordUserChange(opened, 'confirmed', 2);
    const undone = recordUndo(wrong, 3);
    expect(undone).not.toBeNull();
    expect(undone?.slice(0, 2)).toEqual(wrong);
    expect(undone?.at(-1)).toEqual({ status: 'opened', at: 3, source: 'user', undo: true });
  });

  it('undoes several changes of the user’s one after another, then stops', () => {
    let h: HistoryEntry[] = recordUserChange([], 'submitted', 1);
    h = recordUserChange(h, 'confirmed', 2);
    h = recordUndo(h, 3) ?? [];
    expect(currentStatus(h)).toBe('submitted');
    h = recordUndo(h, 4) ?? [];
    expect(currentStatus(h)).toBe('todo');
    expect(canUndo(h)).toBe(false);
    expect(recordUndo(h, 5)).toBeNull();
    expect(h).toHaveLength(4);
  });

  it('never takes back a detection', () => {
    const h = recordDetected(recordUserChange([], 'opened', 1), 'submitted', 'sent', 2);
    expect(canUndo(h)).toBe(false);
    expect(recordUndo(h, 3)).toBeNull();
  });
});

describe('every transition', () => {
  const action = fc.oneof(
    fc.record({ kind: fc.constant('detected' as const), status: fc.constantFrom('opened', 'submitted', 'confirmed') }),
    fc.record({ kind: fc.constant('user' as const), status: fc.constantFrom(...STATUSES) }),
    fc.record({ kind: fc.constant('undo' as const) }),
  );

  it('only appends: every earlier history is a prefix of the later one', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let h: HistoryEntry[] = [];
        actions.forEach((a, at) => {
          const next =
            a.kind === 'detected'
              ? recordDetected(h, a.status as 'opened', 'form', at)
              : a.kind === 'user'
                ? recordUserChange(h, a.status, at)
                : (recordUndo(h, at) ?? h);
          expect(next.slice(0, h.length)).toEqual(h);
          expect(next.length - h.length).toBeLessThanOrEqual(1);
          h = next;
        });
      }),
    );
  });

  it('a detection never lowers submitted or confirmed', () => {
    fc.assert(
      fc.property(fc.constantFrom('submitted', 'confirmed'), fc.constantFrom('opened', 'submitted'), (have, seen) => {
        const h = recordUserChange([], have, 1);
        const after = currentStatus(recordDetected(h, seen as 'opened', 'form', 2));
        expect(after).toBe(have);
      }),
    );
  });
});
