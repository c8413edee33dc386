/**
 * The facts `extract()` finds in an article's text. Every offset is a JavaScript string index (UTF-16 code
 * units) into the exact string given to `extract()`, so `text.slice(m.start, m.end)` is the mention.
 */

/** One place in the text where a fact is mentioned. */
export interface Mention {
  /** Index of the mention's first code unit in the extracted text. */
  start: number;
  /** Index one past the mention's last code unit (exclusive end). */
  end: number;
}

/** A person named in the text, with every mention (full name, surname, title alone) merged into one. */
export interface Person {
  /** Stable id within one extraction ("p1", "p2" …), used by the page layer as `data-entity`. */
  id: string;
  /** The fullest form of the name the text gives, without titles or honorifics ("Agus Gumiwang Kartasasmita"). */
  name: string;
  /** Other forms the text uses for the same person: short names and abbreviated titles ("Agus", "Menperin"). */
  aliases: string[];
  /** The role as the text states it, abbreviations expanded ("Menteri Perindustrian"); null when none is given. */
  role: string | null;
  /** True when the role is a state position (minister, Dirjen, governor, ambassador, police rank …). */
  official: boolean;
  /** The organisation the role belongs to, by its name ("Kementerian Perindustrian"); null when unknown. */
  affiliation: string | null;
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** What an organisation is, for styling and for the official flag of its people. */
export type OrganizationKind = 'government' | 'company' | 'other';

/** A company, state body, association, university or international body. */
export interface Organization {
  /** Stable id within one extraction ("o1" …). */
  id: string;
  /** The full name ("Kementerian Perindustrian", "PT Xiaomi Technology Indonesia"). */
  name: string;
  /** Acronyms and short forms used for it in the text ("Kemenperin"). */
  aliases: string[];
  /** Government body, company (brands acting as companies included), or other (association, university …). */
  kind: OrganizationKind;
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** A city, province, country or region: recognised so it is never taken for a person or organisation. */
export interface Place {
  /** Stable id within one extraction ("l1" …). */
  id: string;
  /** The place's name as written ("Shanghai"). */
  name: string;
  /** Other forms of the same place in the text. */
  aliases: string[];
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** What a figure measures: an amount of money, a percentage, or a counted quantity with a unit. */
export type FigureKind = 'money' | 'percent' | 'quantity';

/** A number that means something: money, a percentage or a counted quantity. */
export interface Figure {
  /** Stable id within one extraction ("f1" …). */
  id: string;
  /** The figure as written ("Rp 3 triliun", "21 persen"). */
  text: string;
  /** Money, percent or quantity. */
  kind: FigureKind;
  /** The normalised value: 3e12 for "Rp 3 triliun", 21 for "21%"; for a range, its lower end. */
  value: number;
  /** The upper end of a range ("20–25 persen" → 25); absent for a single value. */
  valueTo?: number;
  /** ISO 4217 code for money ("IDR", "USD", "CNY"), "%" for percentages, the unit word for quantities ("unit"). */
  unit: string;
  /** The entity the figure belongs to, by name, when the sentence says so ("Xiaomi"); otherwise null. */
  subject: string | null;
  /** What is measured, in the text's word ("investasi", "pangsa pasar"); otherwise null. */
  measure: string | null;
  /** The period the figure refers to, as written ("kuartal II 2025", "hingga 2025"); otherwise null. */
  period: string | null;
  /** Every mention (a figure is usually mentioned once). */
  mentions: Mention[];
}

/** Words someone is reported to have said, in quotation marks. */
export interface Quote {
  /** Stable id within one extraction ("q1" …). */
  id: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker's full name, resolved through short references ("ujar Agus" → the full name); null when unknown. */
  speaker: string | null;
  /** The mention of the whole quotation, marks included. */
  mentions: Mention[];
}

/** A calendar date named in the text. */
export interface DateFact {
  /** Stable id within one extraction ("d1" …). */
  id: string;
  /** The date as written ("Selasa (14/10/2025)"). */
  text: string;
  /** The date as YYYY-MM-DD, or null when the text does not pin down a full date. */
  iso: string | null;
  /** Every mention. */
  mentions: Mention[];
}

/** Everything `extract()` found in one text. Each list is in order of first mention. */
export interface Extraction {
  /** People named in the text, officials included (see `Person.official`). */
  persons: Person[];
  /** Companies, state bodies and other organisations. */
  organizations: Organization[];
  /** Places, recognised but not highlighted by default. */
  places: Place[];
  /** Money, percentages and counted quantities. */
  figures: Figure[];
  /** Quotations with their speakers. */
  quotes: Quote[];
  /** Calendar dates. */
  dates: DateFact[];
}
