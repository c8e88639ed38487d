import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, icsDocument, utcDateTime } from './ics.js';
import { meetingIcs, type MeetingForCalendar } from './meeting.js';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

const octets = (s: string) => new TextEncoder().encode(s).length;

/**
 * A small strict reader of what we write: every line ends in CRLF and is at most 75 octets, a
 * folded line starts with one space, components nest properly, and TEXT escapes are the only
 * backslash sequences.
 */
function parseIcs(ics: string): { events: Property[][]; calendar: Property[] } {
  if (!ics.endsWith('\r\n')) throw new Error('missing final CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`bare line break in ${JSON.stringify(line)}`);
    if (octets(line) > 75) throw new Error(`line of ${octets(line)} octets`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('continuation without a line');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: string[] = [];
  const calendar: Property[] = [];
  const events: Property[][] = [];
  for (const line of logical) {
    const m = /^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=[^;:"]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const params = Object.fromEntries(
      m[2]
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    const prop = { name: m[1], params, value: m[3] };
    if (prop.name === 'BEGIN') {
      stack.push(prop.value);
      if (prop.value === 'VEVENT') events.push([]);
      continue;
    }
    if (prop.name === 'END') {
      if (stack.pop() !== prop.value) throw new Error(`END:${prop.value} does not close its BEGIN`);
      continue;
    }
    if (stack.at(-1) === 'VEVENT') events.at(-1)!.push(prop);
    else if (stack.at(-1) === 'VCALENDAR') calendar.push(prop);
    else throw new Error(`property outside a component: ${line}`);
  }
  if (stack.length > 0) throw new Error('unclosed component');
  return { events, calendar };
}

function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (whole, c: string) => {
    if (c === 'n' || c === 'N') return '\n';
    if (c === '\\' || c === ';' || c === ',') return c;
    throw new Error(`unknown escape ${whole}`);
  });
}

const get = (props: Property[], name: string) => {
  const found = props.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${name} appears ${found.length} times`);
  return found[0];
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('escapes the backslash first, so an escaped comma is not escaped twice', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });
  it('keeps a tab and drops other control characters', () => {
    expect(escapeText('a\tb\u0007c')).toBe('a\tbc');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(74)}\r\n ${'aa'}`);
  });

  it('never cuts inside a multi-byte character', () => {
    // 73 ASCII octets, then "é" (2 octets) would end at 75 > 74: it moves to the next line whole.
    const line = `${'x'.repeat(73)}é${'y'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded[0]).toBe('x'.repeat(73));
    expect(folded[1]).toBe(` é${'y'.repeat(10)}`);
    // "€" is 3 octets: 72 + 3 = 75 > 74, so it moves too.
    expect(foldLine(`${'x'.repeat(72)}€${'y'.repeat(10)}`).split('\r\n')[1]).toBe(` €${'y'.repeat(10)}`);
  });

  it('keeps a character outside the BMP (a surrogate pair, 4 octets) whole', () => {
    const line = `${'x'.repeat(71)}😀${'y'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded[0]).toBe('x'.repeat(71));
    expect(folded[1].startsWith(' 😀')).toBe(true);
    expect(folded.map((l) => l.replace(/^ /, '')).join('')).toBe(line);
  });

  it('folds long multi-byte text into lines of at most 75 octets that unfold to the original', () => {
    const line = `SUMMARY:${'Ontmoeting in de wijk — één café voor iedereen 😀 '.repeat(8)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(5);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

describe('utcDateTime', () => {
  it('writes a moment with an offset in UTC basic form', () => {
    expect(utcDateTime('2026-11-29T19:30:00+01:00')).toBe('20261129T183000Z');
    expect(utcDateTime('2026-07-01T09:00:00.000Z')).toBe('20260701T090000Z');
  });
});

describe('the agenda feed writer', () => {
  it('writes exactly the feed it always wrote', () => {
    const ics = icsCalendar(
      'Wijknet',
      [
        {
          uid: 'actie-1@wijknet',
          date: '2026-12-31',
          summary: 'Actie: Zaal, koffie',
          description: 'Oost\nMet thee',
          url: 'https://w.example/netwerken/n/actieplan',
        },
      ],
      '2026-12-02T03:40:14.123Z',
    );
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Wijknet//Wijknet//NL',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Wijknet',
        'BEGIN:VEVENT',
        'UID:actie-1@wijknet',
        'DTSTAMP:20261202T034014Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:Actie: Zaal\\, koffie',
        'DESCRIPTION:Oost\\nMet thee',
        'URL:https://w.example/netwerken/n/actieplan',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps a URL or UID with a line break in it from starting a new property', () => {
    const ics = icsDocument({
      stamp: '2026-01-01T00:00:00Z',
      events: [{ uid: 'a\r\nX-EVIL:1', start: { day: '2026-01-01' }, summary: 's', url: 'https://x\nATTENDEE:y' }],
    });
    const { events } = parseIcs(ics);
    expect(events[0].map((p) => p.name)).not.toContain('X-EVIL');
    expect(events[0].map((p) => p.name)).not.toContain('ATTENDEE');
  });
});

describe('meetingIcs', () => {
  const meeting: MeetingForCalendar = {
    id: 'm1',
    networkName: 'Wijknetwerk Oost',
    title: 'Werkoverleg; eenzaamheid, dementie & "koffie" \\ thee',
    startsAt: '2026-11-29T19:30:00+01:00',
    endsAt: '2026-11-29T21:00:00+01:00',
    place: 'Buurthuis De Pijler, Zaal 2; achteringang',
    videoUrl: 'https://meet.example/oost',
    agenda: [
      'Opening en welkom',
      'Stand van het actieplan, met de cijfers',
      `Evaluatie: ${'één gezamenlijk doel '.repeat(5)}`,
    ],
    url: 'https://wijknet.example/netwerken/n1/bijeenkomsten/m1',
  };

  it('parses back to the same meeting', () => {
    const { calendar, events } = parseIcs(meetingIcs(meeting, '2026-11-01T10:00:00.000Z'));
    expect(get(calendar, 'VERSION').value).toBe('2.0');
    expect(calendar.some((p) => p.name === 'PRODID')).toBe(true);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(get(e, 'UID').value).toBe('bijeenkomst-m1@wijknet');
    expect(get(e, 'DTSTAMP').value).toBe('20261101T100000Z');
    // 19:30 Dutch winter time is 18:30 UTC.
    expect(get(e, 'DTSTART').value).toBe('20261129T183000Z');
    expect(get(e, 'DTEND').value).toBe('20261129T200000Z');
    expect(unescapeText(get(e, 'SUMMARY').value)).toBe(meeting.title);
    expect(unescapeText(get(e, 'LOCATION').value)).toBe(meeting.place);
    expect(get(e, 'URL').value).toBe(meeting.url);
    expect(unescapeText(get(e, 'DESCRIPTION').value)).toBe(
      [
        'Wijknetwerk Oost\nWanneer: 29 november 2026, 19:30',
        `Agenda:\n1. Opening en welkom\n2. Stand van het actieplan, met de cijfers\n3. Evaluatie: ${'één gezamenlijk doel '.repeat(5)}`,
        'Online meedoen: https://meet.example/oost',
        'Meer in Wijknet: https://wijknet.example/netwerken/n1/bijeenkomsten/m1',
      ].join('\n\n'),
    );
  });

  it('uses summer time in summer, the video link as location without a place, and one hour without an end', () => {
    const { events } = parseIcs(
      meetingIcs(
        { ...meeting, startsAt: '2026-06-10T14:00:00+02:00', endsAt: null, place: null, agenda: [] },
        '2026-06-01T00:00:00Z',
        'en',
      ),
    );
    const e = events[0];
    expect(get(e, 'DTSTART').value).toBe('20260610T120000Z');
    expect(e.some((p) => p.name === 'DTEND')).toBe(false);
    expect(get(e, 'DURATION').value).toBe('PT1H');
    expect(get(e, 'LOCATION').value).toBe('https://meet.example/oost');
    expect(unescapeText(get(e, 'DESCRIPTION').value)).toBe(
      'Wijknetwerk Oost\nWhen: 10 June 2026, 14:00\n\nJoin online: https://meet.example/oost\n\nMore in Wijknet: https://wijknet.example/netwerken/n1/bijeenkomsten/m1',
    );
  });

  it('the reader refuses what a calendar app would choke on', () => {
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nSUMMARY:a\nb\r\nEND:VCALENDAR\r\n')).toThrow();
    expect(() => parseIcs(`BEGIN:VCALENDAR\r\nX:${'a'.repeat(80)}\r\nEND:VCALENDAR\r\n`)).toThrow();
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow();
    expect(() => unescapeText('a\\tb')).toThrow();
  });
});
