import { useEffect, useState } from 'preact/hooks';
import { adoptScratchNote } from '../../notes/legacy-scratch';
import { listNotes, type NoteList, watchNotes } from '../../notes/store';

/** Every note, kept current as any window writes; null while loading. */
export function useNotes(): NoteList | null {
  const [list, setList] = useState<NoteList | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      listNotes().then((next) => {
        if (live) setList(next);
      });
    const stop = watchNotes(() => void load());
    void adoptScratchNote().then(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return list;
}
