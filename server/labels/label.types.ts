// The GraphQL face of the labels: a text in both languages, and the language a
// generated file (an import template; later exports and reports) is written in.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Label } from './enum-labels.ts';

export enum Language {
  vi = 'vi',
  en = 'en',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'Language of a generated file or text.',
  valuesConfig: {
    vi: { description: 'Vietnamese (the default).' },
    en: { description: 'English.' },
  },
});

@ObjectType('Label', { simpleResolvers: true, description: 'A text in Vietnamese and in English.' })
export class LabelText implements Label {
  @Field(() => String, { description: 'Vietnamese.' })
  vi: string;

  @Field(() => String, { description: 'English.' })
  en: string;
}
