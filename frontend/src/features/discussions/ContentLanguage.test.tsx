import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { App } from '../../app';
import { activateLocale } from '../../i18n';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { me, tokens } from '../../test/issueFixtures';
import { thread } from '../../test/discussionFixtures';
import type { Post, ThreadDetail } from './api';
import { signedInAt } from '../../test/signedIn';

beforeEach(async () => {
  signedInAt('/threads/t1');
  await activateLocale('en');
});
afterEach(cleanup);

const post = (seq: number, body: string, lang: Post['lang']): Post => ({
  id: `p${seq}`,
  thread_id: 't1',
  seq,
  parent_id: null,
  author_id: 'ben',
  author_name: 'Ben',
  status: 'visible',
  body_html: `<p>${body}</p>`,
  body_source: body,
  lang,
  hidden_reason: null,
  edited_at: null,
  created_at: new Date().toISOString(),
  reactions: [],
  flagged_by_me: false,
  flag_count: null,
});

describe('content people write', () => {
  it('is marked with the language it was written in, on an English page', async () => {
    const detail: ThreadDetail = {
      ...thread({ title: 'Dziura w jezdni', lang: 'pl', post_count: 2, last_seq: 2 }),
      can_post: true,
      can_flag: true,
      can_moderate: false,
    };
    const posts = [
      post(1, 'Kto jeszcze ją widział?', 'pl'),
      post(2, 'Written before languages were kept', null),
    ];
    fakeServer({
      'POST /api/v1/auth/refresh': () => json(200, tokens),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/threads/t1': () => json(200, detail),
      'GET /api/v1/threads/t1/posts': () => json(200, { items: posts, next_cursor: null }),
      'PUT /api/v1/threads/t1/read': () => json(200, detail),
    });
    render(<App />);

    const title = await screen.findByRole('heading', { level: 1, name: 'Dziura w jezdni' });
    // The heading keeps the page's direction; the title inside it is isolated (<bdi> takes its
    // direction from its own text) and carries the language it was written in.
    const titleText = title.querySelector('bdi')!;
    expect(titleText.textContent).toBe('Dziura w jezdni');
    expect(titleText.getAttribute('lang')).toBe('pl');
    expect(title.hasAttribute('dir')).toBe(false);
    const polish = (await screen.findByText('Kto jeszcze ją widział?')).closest('.post__body')!;
    expect(polish.getAttribute('lang')).toBe('pl');
    expect(polish.getAttribute('dir')).toBe('auto');
    expect(document.documentElement.lang).toMatch(/^en/);
    // Text whose language was never recorded inherits the page's, rather than a guess.
    const unknown = screen.getByText('Written before languages were kept').closest('.post__body')!;
    expect(unknown.hasAttribute('lang')).toBe(false);
  });
});
