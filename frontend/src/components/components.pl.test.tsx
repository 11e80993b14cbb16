import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { missingMessages } from '../i18n';
import { lazyPart } from './LazyPart';
import { LoadMore } from './LoadMore';
import { FormAlert } from './FormAlert';
import { everyTestIn } from '../test/locale';
import { TextField } from './fields';

everyTestIn('pl');

describe('shared components in Polish', () => {
  it('say what they do in Polish', async () => {
    const LazyMap = lazyPart(() => new Promise<() => null>(() => {}), 'map');
    render(
      <>
        <LazyMap />
        <LoadMore list={{ hasMore: true, loadingMore: false, loadMore: async () => {} }} />
        <FormAlert
          feedback={{ fields: { name: 'Wpisz nazwę.' }, summary: 'Coś jest nie tak.', other: [] }}
          labels={{ name: 'Nazwa' }}
        />
        <TextField name="name" label="Nazwa" value="" onValue={() => {}} error="Wpisz nazwę." />
      </>,
    );
    expect(screen.getByRole('status').textContent).toBe('Ładowanie mapy…');
    screen.getByRole('button', { name: 'Pokaż więcej' });
    screen.getByRole('link', { name: 'Nazwa: Wpisz nazwę.' });
    expect(document.getElementById('field-name-error')?.textContent).toBe('Błąd: Wpisz nazwę.');
    expect(missingMessages).toEqual(new Set());
  });
});
