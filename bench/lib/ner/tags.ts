/** The tagger's tags, in the order its weights use. */
export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORGANISATION', 'I-ORGANISATION', 'B-PLACE', 'I-PLACE'] as const;
