import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/preact';
import { useAction, type ActionOptions } from './useAction';
import { problemFromResponse } from '../api/errors';
import { problem } from '../test/http';

afterEach(cleanup);

/** A promise the test settles when it chooses. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Settles `promise` and lets every run waiting on it finish, inside act. */
const settle = (done: () => void) =>
  act(async () => {
    done();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

function setUp<A extends unknown[], R>(action: (...args: A) => Promise<R>, options?: ActionOptions<A, R>) {
  return renderHook(() => useAction(action, options));
}

describe('useAction', () => {
  it('is busy while the action runs, and says what succeeded', async () => {
    const answer = pending<string>();
    const { result } = setUp(() => answer.promise, { success: (name) => `${name} saved.` });
    expect(result.current.busy).toBe(false);

    let outcome!: Promise<unknown>;
    act(() => {
      outcome = result.current.run();
    });
    expect(result.current.busy).toBe(true);

    await settle(() => answer.resolve('Mill Lane'));
    await expect(outcome).resolves.toEqual({ ok: true, value: 'Mill Lane' });
    expect(result.current.busy).toBe(false);
    expect(result.current.success).toBe('Mill Lane saved.');
    expect(result.current.error).toBeNull();
  });

  it('refuses a second run while the first is under way, even in the same tick', async () => {
    const answer = pending<void>();
    const action = vi.fn(() => answer.promise);
    const { result } = setUp(action);

    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      // Two clicks before any render: the second must not see a stale `busy`.
      first = result.current.run();
      second = result.current.run();
    });
    await expect(second).resolves.toEqual({ ok: false, reason: 'busy' });
    expect(action).toHaveBeenCalledTimes(1);

    await settle(() => answer.resolve());
    await expect(first).resolves.toMatchObject({ ok: true });
    await act(async () => {
      await result.current.run();
    });
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('blocks runs per key, so one row being busy leaves the other rows usable', async () => {
    const answers = new Map([
      ['a', pending<void>()],
      ['b', pending<void>()],
    ]);
    const action = vi.fn((id: string) => answers.get(id)!.promise);
    const { result } = setUp(action, { key: (id) => id });

    let again!: Promise<unknown>;
    act(() => {
      void result.current.run('a');
      void result.current.run('b');
      again = result.current.run('a');
    });
    expect(action.mock.calls.map(([id]) => id)).toEqual(['a', 'b']);
    await expect(again).resolves.toEqual({ ok: false, reason: 'busy' });
    expect(result.current.busyWith('a')).toBe(true);
    expect(result.current.busyWith('b')).toBe(true);

    await settle(() => answers.get('a')!.resolve());
    expect(result.current.busyWith('a')).toBe(false);
    expect(result.current.busyWith('b')).toBe(true);
    expect(result.current.busy).toBe(true);
    await settle(() => answers.get('b')!.resolve());
    expect(result.current.busy).toBe(false);
  });

  it('exposes the server’s problem, placing per-field messages beside the form’s fields', async () => {
    const failure = await problemFromResponse(
      problem(422, 'Invalid input', {
        detail: 'Some fields need attention.',
        errors: { name: ['must not be empty'], 'center.lat': ['out of range'], other: ['odd'] },
      }),
    );
    const onError = vi.fn();
    const { result } = setUp(() => Promise.reject(failure), {
      fields: ['name', 'lat'],
      aliases: { 'center.lat': 'lat' },
      onError,
    });

    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run();
    });

    expect(outcome).toEqual({ ok: false, reason: 'failed' });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBe(failure);
    expect(result.current.problem?.status).toBe(422);
    expect(result.current.feedback.fields).toEqual({ name: 'must not be empty', lat: 'out of range' });
    expect(result.current.feedback.other).toEqual(['other: odd']);
    expect(result.current.feedback.summary).toMatch(/check the fields/i);
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it('keeps the last problem in view while the next run is under way, and clears it on success', async () => {
    const failure = await problemFromResponse(problem(409, 'Conflict', { detail: 'Already taken.' }));
    const answer = pending<void>();
    const action = vi.fn().mockRejectedValueOnce(failure).mockReturnValueOnce(answer.promise);
    const { result } = setUp(action);
    await act(async () => {
      await result.current.run();
    });
    expect(result.current.feedback.summary).toBe('Already taken.');

    act(() => void result.current.run());
    expect(result.current.busy).toBe(true);
    expect(result.current.problem).toBe(failure);

    await settle(() => answer.resolve());
    expect(result.current.problem).toBeNull();
    expect(result.current.feedback.summary).toBeNull();
  });

  it('shows a form’s own check as feedback without running, and forgets it on reset', () => {
    const action = vi.fn(() => Promise.resolve());
    const { result } = setUp(action);
    act(() => result.current.invalid({ email: 'Enter an email address.' }));
    expect(result.current.feedback.fields).toEqual({ email: 'Enter an email address.' });
    expect(result.current.feedback.summary).not.toBeNull();
    expect(action).not.toHaveBeenCalled();
    act(() => result.current.invalid('Say why.'));
    expect(result.current.feedback).toEqual({ fields: {}, summary: 'Say why.', other: [] });
    act(() => result.current.reset());
    expect(result.current.feedback.summary).toBeNull();
  });

  it('reports a failure of what follows success, keeping the announcement', async () => {
    const { result } = setUp(() => Promise.resolve(), {
      success: 'You joined Elm Street.',
      onSuccess: () => Promise.reject(new Error('Could not reload.')),
    });
    await act(async () => {
      await result.current.run();
    });
    expect(result.current.success).toBe('You joined Elm Street.');
    expect((result.current.error as Error).message).toBe('Could not reload.');
  });

  it('ignores the result when the component has gone', async () => {
    const answer = pending<string>();
    const onSuccess = vi.fn();
    const failing = pending<string>();
    const onError = vi.fn();
    const { result, unmount } = setUp(
      (which: 'ok' | 'fail') => (which === 'ok' ? answer.promise : failing.promise),
      {
        key: (which) => which,
        onSuccess,
        onError,
      },
    );
    let ok!: Promise<unknown>;
    let failed!: Promise<unknown>;
    act(() => {
      ok = result.current.run('ok');
      failed = result.current.run('fail');
    });
    const errors = vi.spyOn(console, 'error');
    unmount();

    answer.resolve('late');
    failing.reject(new Error('late too'));
    await expect(ok).resolves.toEqual({ ok: false, reason: 'unmounted' });
    await expect(failed).resolves.toEqual({ ok: false, reason: 'unmounted' });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
