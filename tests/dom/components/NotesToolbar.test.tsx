import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AnnotationSwitch } from '../../../components/AnnotationSwitch';
import { NotesToolbar, type NotesToolbarProps } from '../../../components/NotesToolbar';
import { renderIn } from './render';

function props(): NotesToolbarProps {
  return {
    query: '',
    onQuery: vi.fn(),
    grouping: 'article',
    onGrouping: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    syncOn: false,
    onSync: vi.fn(),
  };
}

describe('NotesToolbar', () => {
  it('hands the picked file’s text to onImport', async () => {
    const p = props();
    renderIn(<NotesToolbar {...p} />);
    const input = document.getElementById('import-file') as HTMLInputElement;
    const file = new File(['{"format":"sorot-notes"}'], 'catatan.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await vi.waitFor(() => expect(p.onImport).toHaveBeenCalledWith('{"format":"sorot-notes"}'));
  });

  it('exports in each format, regroups, searches and turns sync on', () => {
    const p = props();
    renderIn(<NotesToolbar {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export Web Annotation' }));
    expect(p.onExport).toHaveBeenNthCalledWith(1, 'markdown');
    expect(p.onExport).toHaveBeenNthCalledWith(2, 'jsonld');
    fireEvent.click(screen.getByRole('radio', { name: 'Person / organisation' }));
    expect(p.onGrouping).toHaveBeenCalledWith('entity');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search notes…' }), { target: { value: 'Agus' } });
    expect(p.onQuery).toHaveBeenCalledWith('Agus');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sync notes through the browser' }));
    expect(p.onSync).toHaveBeenCalledWith(true);
  });
});

describe('AnnotationSwitch', () => {
  const extras = { showPlaces: false, showDates: true };

  it('turns the site off, and greys the site switch while everything is off', () => {
    const onSite = vi.fn();
    const props = { site: 'www.infobrand.id', siteOn: true, onSite, onGlobal: () => {}, extras, onExtra: () => {} };
    const { rerender } = renderIn(<AnnotationSwitch {...props} globalOn />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight on www.infobrand.id' }));
    expect(onSite).toHaveBeenCalledWith(false);
    rerender(<AnnotationSwitch {...props} globalOn={false} />);
    expect((screen.getByRole('checkbox', { name: 'Highlight on www.infobrand.id' }) as HTMLInputElement).disabled).toBe(
      true,
    );
  });

  it('turns the highlighting of places and dates on and off', () => {
    const onExtra = vi.fn();
    renderIn(
      <AnnotationSwitch siteOn globalOn onSite={() => {}} onGlobal={() => {}} extras={extras} onExtra={onExtra} />,
    );
    const places = screen.getByRole('checkbox', { name: 'Also highlight places' }) as HTMLInputElement;
    const dates = screen.getByRole('checkbox', { name: 'Also highlight dates' }) as HTMLInputElement;
    expect([places.checked, dates.checked]).toEqual([false, true]);
    fireEvent.click(places);
    fireEvent.click(dates);
    expect(onExtra.mock.calls).toEqual([
      ['showPlaces', true],
      ['showDates', false],
    ]);
  });
});
