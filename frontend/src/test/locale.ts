import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { activateLocale, missingMessages, type ActiveLocale } from '../i18n';

/**
 * Every test of the calling file runs in `locale`. Call it after the file's own `beforeEach`:
 * then, before each test, the language is switched and the record of missing messages emptied
 * (so a test can assert it stays empty); after each, the page is cleaned up and English comes
 * back, which every other test file expects.
 */
export function everyTestIn(locale: ActiveLocale) {
  beforeEach(async () => {
    missingMessages.clear();
    await activateLocale(locale);
  });
  afterEach(async () => {
    cleanup();
    await activateLocale('en');
  });
}
