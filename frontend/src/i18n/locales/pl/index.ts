// Every catalogue file of this locale, in one chunk (loaded when the locale is chosen).
export const sources: readonly string[] = Object.values(
  import.meta.glob<string>('./*.ftl', { query: '?raw', import: 'default', eager: true }),
);
