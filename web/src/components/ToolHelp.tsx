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

/**
 * "Waarom dit?" and "Hoe doe je dit samen?" on a tool's page. Folded or open is remembered per
 * person in this browser (localStorage, per tool id); open until someone folds it away.
 */
export function ToolHelp({ tool, networkId }: { tool: Tool; networkId: string }) {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(() => {
    try {
      return localStorage.getItem(storageKey(tool)) !== 'closed';
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
