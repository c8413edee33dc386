import { useI18n } from './i18n';

/** Props of the annotation switches. */
export interface AnnotationSwitchProps {
  /** The site's hostname ("www.infobrand.id"); absent hides the per-site switch. */
  site?: string;
  /** Whether annotation is on for this site. */
  siteOn: boolean;
  /** Whether annotation is on at all. */
  globalOn: boolean;
  /** Turns this site on or off. */
  onSite: (on: boolean) => void;
  /** Turns annotation on or off everywhere. */
  onGlobal: (on: boolean) => void;
  /** Whether places and dates, off by default, are highlighted too. */
  extras: { showPlaces: boolean; showDates: boolean };
  /** Turns the highlighting of places or dates on or off. */
  onExtra: (setting: 'showPlaces' | 'showDates', on: boolean) => void;
}

/** Switches: annotate this site, annotate everywhere, and also highlight places and dates. */
export function AnnotationSwitch({ site, siteOn, globalOn, onSite, onGlobal, extras, onExtra }: AnnotationSwitchProps) {
  const { t } = useI18n();
  return (
    <fieldset class="switches">
      <legend>{t('annotation')}</legend>
      {site && (
        <label>
          <input
            type="checkbox"
            id="switch-site"
            checked={siteOn}
            disabled={!globalOn}
            onChange={(e) => onSite(e.currentTarget.checked)}
          />
          {t('annotateSite', site)}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          id="switch-global"
          checked={globalOn}
          onChange={(e) => onGlobal(e.currentTarget.checked)}
        />
        {t('annotateEverywhere')}
      </label>
      {(['showPlaces', 'showDates'] as const).map((setting) => (
        <label key={setting}>
          <input
            type="checkbox"
            id={`switch-${setting}`}
            checked={extras[setting]}
            onChange={(e) => onExtra(setting, e.currentTarget.checked)}
          />
          {t(setting)}
        </label>
      ))}
    </fieldset>
  );
}
