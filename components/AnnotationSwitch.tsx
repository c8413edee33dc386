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
}

/** Two switches: annotate this site, annotate everywhere. */
export function AnnotationSwitch({ site, siteOn, globalOn, onSite, onGlobal }: AnnotationSwitchProps) {
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
    </fieldset>
  );
}
