import { mount } from './mount';
import { Popup } from './Popup';

mount(<Popup />);
