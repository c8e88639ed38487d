import { domainMessages, type DomainMessageKey, type DomainParams } from '../../domain/messages.js';
import { errorMessages } from './errors.js';
import {
  formatText,
  langFromHeader,
  type Catalogue,
  type Lang,
  type ParamValue,
  type ParamsOfEntry,
} from './format.js';
import { textMessages } from './texts.js';
import { validationMessages } from './validation.js';
import { verankerenMessages } from './verankeren.js';
import { casesMessages } from './cases.js';
import { meetingMessages } from './meetings.js';
import { resultsMessages } from './results.js';

export { LANGS, langFromHeader, type Lang } from './format.js';

/** The language a request asks for in `Accept-Language`: English when preferred, else Dutch. */
export const requestLang = (request: { headers: { 'accept-language'?: string } }): Lang =>
  langFromHeader(request.headers['accept-language']);

/**
 * Every text the server makes for people, in Dutch and English, by key. The key type is the
 * union of these keys, so a misspelt key fails `tsc`; the parameters a key needs are read from
 * its texts, so a missing parameter fails too.
 */
export const catalogue = {
  ...errorMessages,
  ...validationMessages,
  ...textMessages,
  ...domainMessages,
  ...verankerenMessages,
  ...casesMessages,
  ...meetingMessages,
  ...resultsMessages,
} as const satisfies Catalogue;

type All = typeof catalogue;
export type MessageKey = keyof All;
export type MessageParams<K extends MessageKey> = ParamsOfEntry<All[K]>;
/** Keys whose texts need no parameters: these may be given as a bare key. */
export type PlainKey = { [K in MessageKey]: keyof MessageParams<K> extends never ? K : never }[MessageKey];
/** A key with its parameters, rendered only once the language is known. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey];
/** What an error or a sentence accepts: a bare key or a key with parameters. */
export type MessageRef = PlainKey | Message;

type ParamsArg<K extends MessageKey> = keyof MessageParams<K> extends never ? [] : [params: MessageParams<K>];

export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  return { key, params: params[0] ?? {} } as Message;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

export function toMessage(ref: MessageRef): Message {
  return typeof ref === 'string' ? ({ key: ref, params: {} } as Message) : ref;
}

export function render(lang: Lang, ref: MessageRef): string {
  const m = toMessage(ref);
  return renderLoose(lang, m.key, m.params as Record<string, ParamValue>);
}

/** For texts whose parameters are checked elsewhere (a Zod issue's limits, a domain error's). */
export function renderLoose(lang: Lang, key: MessageKey, params: Record<string, ParamValue> = {}): string {
  const filled = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' && isMessageKey(value.key)
        ? renderLoose(lang, value.key, (value.params ?? {}) as Record<string, ParamValue>)
        : value,
    ]),
  ) as Record<string, string | number>;
  return formatText(lang, catalogue[key][lang], filled);
}

/** An error from domain code as a message for AppError (the domain checks its own parameters). */
export const fromDomain = (err: { key: DomainMessageKey; params: DomainParams }): Message =>
  ({ key: err.key, params: err.params }) as unknown as Message;

/** A schema's own message: the key goes into Zod as the message, the error handler renders it. */
export const schemaText = (key: MessageKey): string => key;
