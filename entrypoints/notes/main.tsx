import { mount } from '../popup/mount';
import { NotesApp } from './NotesApp';

mount(<NotesApp />, 'allNotes');
