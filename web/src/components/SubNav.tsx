import { NavLink } from 'react-router';

export interface SubNavPage {
  to: string;
  label: string;
  end?: boolean;
}

/** The navigation between the pages of one phase, under the network's tabs. */
export function SubNav({ label, pages }: { label: string; pages: SubNavPage[] }) {
  return (
    <nav aria-label={label} className="wk-subnav">
      <ul className="wk-subnav__list">
        {pages.map((p) => (
          <li key={p.to}>
            <NavLink to={p.to} end={p.end} className="wk-subnav__link">
              {p.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
