declare module 'virtual:objector-page-labels' {
  /** The message keys of the outline labels, in table order. */
  export const keys: readonly string[];
  /** Per `_locales` folder name, the labels in the order of `keys`. */
  export const locales: Readonly<Record<string, readonly string[]>>;
}
