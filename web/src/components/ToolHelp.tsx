import '../styles/guide.css';
import { useState } from 'react';
import { useLocale, useT } from '../i18n';
import { HELP_HEADINGS, TOOLS, type Tool } from '@domain/phases/index.ts';
import { TextLink } from './ui';

const storageKey = (tool: Tool) => `wijknet-help-open:${tool.id}`;

/** The tool whose page this is: its route equals the path after /netwerken/:id/. */
export function toolAt(path: string): Tool | undefined {
  return TOOLS.find((tool) => tool.route !== null && tool.route === path);
}

/** A phone-sized screen, where the help would push the page's title below the first screen. */
const SMALL_SCREEN = '(max-width: 40rem)';

/**
 * "Waarom dit?" and "Hoe doe je dit samen?" on a tool's page. Folded or open is remembered per
 * person in this browser (localStorage, per tool id). Until someone chooses, it is open on a wide
 * screen and folded on a phone, so the page's title stays within the first screen.
 */
export function ToolHelp({ tool, networkId }: { tool: Tool; networkId: string }) {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(() => {
    try {
      const chosen = localStorage.getItem(storageKey(tool));
      if (chosen === 'closed' || chosen === 'open') return chosen === 'open';
    } catch {
      /* storage may be blocked: fall back to the screen's default */
    }
    try {
      return !window.matchMedia(SMALL_SCREEN).matches;
    } catch {
      return true;
    }
  });
  return (
    <details
      className="wk-help"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        // The browser also reports the first render's state: only a person's own choice is kept.
        if (now === open) return;
        setOpen(now);
        try {
          localStorage.setItem(storageKey(tool), now ? 'open' : 'closed');
        } catch {
          /* storage may be blocked: the help just opens again next time */
        }
      }}
    >
      <summary>{t('help.show', { tool: tool.name[locale] })}</summary>
      <p className="utrecht-paragraph">
        <span className="wk-strong">{HELP_HEADINGS.why[locale]}</span> {tool.help.why[locale]}
      </p>
      <p className="utrecht-paragraph">
        <span className="wk-strong">{HELP_HEADINGS.together[locale]}</span> {tool.help.together[locale]}
      </p>
      {tool.phase ? (
        <p className="utrecht-paragraph">
          <TextLink to={`/netwerken/${networkId}/gids/${tool.phase}`}>{t('guide.fromTool')}</TextLink>
        </p>
      ) : null}
    </details>
  );
}
