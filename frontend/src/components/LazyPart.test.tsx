import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { lazyPart } from './LazyPart';

afterEach(cleanup);

function Map({ name }: { name: string }) {
  return <p>Map of {name}</p>;
}

describe('lazyPart', () => {
  it('says the part is loading, then shows it with its props; a second mount shows it at once', async () => {
    let release: (component: typeof Map) => void = () => {};
    const LazyMap = lazyPart(() => new Promise<typeof Map>((resolve) => (release = resolve)), 'map');
    render(<LazyMap name="Elm Street" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the map…');
    release(Map);
    expect(await screen.findByText('Map of Elm Street')).toBeTruthy();
    cleanup();
    render(<LazyMap name="Mill Lane" />);
    expect(screen.getByText('Map of Mill Lane')).toBeTruthy();
  });

  it('says so when the part cannot be fetched, and tries again on the next mount', async () => {
    let attempts = 0;
    const LazyMap = lazyPart(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Map);
    }, 'map');
    render(<LazyMap name="Elm Street" />);
    expect(
      (await screen.findByText('The map could not be loaded; reload the page to try again.')).getAttribute(
        'role',
      ),
    ).toBe('status');
    cleanup();
    render(<LazyMap name="Elm Street" />);
    expect(await screen.findByText('Map of Elm Street')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
