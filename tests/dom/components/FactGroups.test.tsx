import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FactGroups } from '../../../components/FactGroups';
import type { FactActions, NoteableEntity } from '../../../components/FactItems';
import type { Extraction } from '../../../core/types';
import { renderIn } from './render';

const at = (start: number) => [{ start, end: start + 4 }];
const FACTS: Extraction = {
  persons: [
    {
      id: 'p1',
      name: 'Agus Gumiwang Kartasasmita',
      aliases: ['Agus', 'Menperin'],
      role: 'Menteri Perindustrian',
      official: true,
      affiliation: 'Kementerian Perindustrian',
      mentions: [...at(0), ...at(90)],
    },
    {
      id: 'p2',
      name: 'Budi Setiyadi',
      aliases: [],
      role: 'Ketua Aismoli',
      official: false,
      affiliation: null,
      mentions: at(200),
    },
  ],
  organizations: [
    { id: 'o1', name: 'Kementerian Perindustrian', aliases: ['Kemenperin'], kind: 'government', mentions: at(40) },
  ],
  places: [],
  figures: [
    {
      id: 'f1',
      text: 'Rp 1,8 triliun',
      kind: 'money',
      value: 1.8e12,
      unit: 'IDR',
      subject: null,
      measure: 'nilai ekspor',
      period: 'Januari hingga September 2025',
      mentions: at(300),
    },
  ],
  quotes: [
    { id: 'q1', text: 'Ekspor adalah jalan keluarnya', speaker: 'Agus Gumiwang Kartasasmita', mentions: at(120) },
  ],
  dates: [],
};

function actions() {
  return {
    onPick: vi.fn<FactActions['onPick']>(),
    onNote: vi.fn<FactActions['onNote']>(),
    hasNote: (e: NoteableEntity) => e.name === 'Budi Setiyadi',
  };
}

describe('FactGroups', () => {
  it('groups officials, other people, organisations, figures and quotes with their details', () => {
    renderIn(<FactGroups facts={FACTS} query="" actions={actions()} />);
    const officials = screen.getByRole('region', { name: /Officials/ });
    expect(officials.textContent).toContain('Agus Gumiwang Kartasasmita');
    expect(officials.textContent).toContain('Menteri Perindustrian · Kementerian Perindustrian');
    expect(officials.textContent).toContain('2×');
    expect(screen.getByRole('region', { name: /Other people/ }).textContent).toContain('Budi Setiyadi');
    expect(screen.getByRole('region', { name: /Organisations/ }).textContent).toContain('government body');
    const figures = screen.getByRole('region', { name: /Figures/ }).textContent;
    expect(figures).toContain('Rp 1,800,000,000,000');
    expect(figures).toContain('1,8 triliun rupiah');
    expect(figures).toContain('nilai ekspor · Januari hingga September 2025');
    expect(screen.getByRole('region', { name: /Quotes/ }).textContent).toContain('Ekspor adalah jalan keluarnya');
  });

  it('shows figures in Indonesian notation for Indonesian readers', () => {
    renderIn(<FactGroups facts={FACTS} query="" actions={actions()} />, 'id');
    expect(screen.getByRole('region', { name: /Angka/ }).textContent).toMatch(/Rp\s1\.800\.000\.000\.000/);
  });

  it('filters by name, alias, role or figure words, accents and case aside', () => {
    renderIn(<FactGroups facts={FACTS} query="KEMENPERIN" actions={actions()} />);
    expect(screen.queryByText('Budi Setiyadi')).toBeNull();
    expect(screen.getByRole('region', { name: /Organisations/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Officials/ })).toBeNull();
  });

  it('says so when nothing matches', () => {
    renderIn(<FactGroups facts={FACTS} query="Sri Mulyani" actions={actions()} />);
    expect(screen.getByText('Nothing matches “Sri Mulyani”.')).toBeTruthy();
  });

  it('scrolls to a fact and opens an entity note from buttons', () => {
    const a = actions();
    renderIn(<FactGroups facts={FACTS} query="" actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kementerian Perindustrian' }));
    expect(a.onPick).toHaveBeenCalledWith('o1');
    fireEvent.click(screen.getByRole('button', { name: 'Add a note on Agus Gumiwang Kartasasmita' }));
    expect(a.onNote).toHaveBeenCalledWith({ kind: 'person', name: 'Agus Gumiwang Kartasasmita' });
    expect(screen.getByRole('button', { name: 'Edit your note on Budi Setiyadi' })).toBeTruthy();
  });
});
