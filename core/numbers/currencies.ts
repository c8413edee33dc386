/** A map from blank-separated "written:ISO" pairs; a code written alone ("IDR") stands for itself. */
function isoMap(pairs: string): Map<string, string> {
  return new Map(
    pairs.split(' ').map((pair) => {
      const [written = '', iso = written] = pair.split(':');
      return [written, iso];
    }),
  );
}

/** Currency signs and codes written before an amount → ISO 4217 ("Rp", "US$"); keys are token texts joined. */
export const CURRENCY_PREFIXES = isoMap(
  'Rp:IDR IDR US$:USD USD $:USD S$:SGD SGD €:EUR EUR £:GBP GBP ¥:JPY JPY RM:MYR MYR CNY RMB:CNY HK$:HKD A$:AUD AUD KRW INR THB',
);

/** Currency words written after an amount ("635 juta yuan"), lower-cased. */
export const CURRENCY_WORDS = isoMap(
  'rupiah:IDR dolar:USD dollar:USD yuan:CNY renminbi:CNY yen:JPY won:KRW euro:EUR ringgit:MYR baht:THB rupee:INR pound:GBP poundsterling:GBP peso:PHP dong:VND riyal:SAR usd:USD idr:IDR',
);

/** Words after "dolar" naming whose dollar it is ("dolar Singapura"). */
export const DOLLAR_COUNTRIES = isoMap(
  'as:USD amerika:USD singapura:SGD australia:AUD hong:HKD kanada:CAD taiwan:TWD selandia:NZD',
);
