import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ScratchNote } from '../../components/ScratchNote';
import { scratchNote } from '../../notes/scratch-note';

function Popup() {
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => scratchNote.watch((v) => setSaved(v)), []);
  useEffect(() => {
    scratchNote.getValue().then(setSaved);
  }, []);
  if (saved === null) return null;
  return (
    <main>
      <h1>Sorot</h1>
      <ScratchNote saved={saved} onSave={(text) => scratchNote.setValue(text)} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
