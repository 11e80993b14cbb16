import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { App } from '../../app';
import { api } from '../../api';
import { missingMessages } from '../../i18n';
import type { ManagedCategory, Organisation } from './api';
import { fakeServer } from '../../test/fakeServer';
import { json } from '../../test/http';
import { everyTestIn } from '../../test/locale';
import { categories } from '../../test/issueFixtures';

const council = (id: string, name: string, served: number): Organisation => ({
  id,
  name,
  description: '',
  created_at: '2025-01-01T00:00:00Z',
  neighbourhoods: Array.from({ length: served }, (_, i) => ({ id: `n${i}`, name: `Osiedle ${i}` })),
});

const pothole: ManagedCategory = { ...categories[0], keywords: [], target_days: 5, attributes: [] };

beforeEach(() => {
  api.client.clearTokens();
  localStorage.clear();
  sessionStorage.clear();
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
everyTestIn('pl');

describe('organisations in Polish', () => {
  it('words the directory and an organisation’s page, plurals included, with no message missing', async () => {
    const riverside = council('o1', 'Rada Nadrzeczna', 3);
    fakeServer({
      'GET /api/v1/organisations': () =>
        json(200, { items: [riverside, council('o2', 'Gmina Dolna', 5)], next_cursor: null }),
      'GET /api/v1/organisations/o1': () => json(200, riverside),
      'GET /api/v1/organisations/o1/categories': () => json(200, [pothole]),
    });
    history.replaceState(null, '', '/organisations');
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Instytucje' });
    expect(await screen.findByText('Widzisz 2 instytucje.')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Rada Nadrzeczna' });
    expect(link.closest('li')!.textContent).toContain('Obsługuje 3 sąsiedztwa');
    expect(screen.getByRole('link', { name: 'Gmina Dolna' }).closest('li')!.textContent).toContain(
      'Obsługuje 5 sąsiedztw',
    );

    link.click();
    const section = await screen.findByRole('region', { name: 'Kategorie' });
    expect(
      (await within(section).findByRole('heading', { name: pothole.name })).closest('li')!.textContent,
    ).toContain('Cel: rozwiązać w ciągu 5 dni');
    expect(screen.getByRole('region', { name: 'Zarządzanie tą instytucją' }).textContent).toContain(
      'Zaloguj się, jeśli pracujesz w instytucji Rada Nadrzeczna.',
    );
    expect([...missingMessages]).toEqual([]);
  });
});
