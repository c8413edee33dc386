import { useEffect, useState } from 'preact/hooks';
import { type AnnotationSettings, annotationSettings } from '../../settings/annotation-settings';

/** The annotation settings, live, and a function that changes them. */
export function useSettings(): [
  AnnotationSettings | null,
  (change: (s: AnnotationSettings) => AnnotationSettings) => void,
] {
  const [settings, setSettings] = useState<AnnotationSettings | null>(null);
  useEffect(() => {
    void annotationSettings.getValue().then(setSettings);
    return annotationSettings.watch(setSettings);
  }, []);
  const update = (change: (s: AnnotationSettings) => AnnotationSettings) => {
    void annotationSettings.getValue().then((current) => annotationSettings.setValue(change(current)));
  };
  return [settings, update];
}
