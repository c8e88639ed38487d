import '@utrecht/component-library-css';
import './styles/tokens.css';
import './styles/app.css';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { RouteError } from './components/RouteError';
import { markNavigation } from './components/page';
import { loadMe } from './session';

type Module = { default: ComponentType };
const page = (load: () => Promise<Module>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

/**
 * Shown while the first page's code loads (the pages are loaded lazily). Without one React Router
 * warns on every page load; the app's own layout follows within moments.
 */
const FirstLoad = () => null;

const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    HydrateFallback: FirstLoad,
    ErrorBoundary: RouteError,
    children: [
      { index: true, ...page(() => import('./routes/Home')) },
      { path: 'inloggen', ...page(() => import('./routes/SignIn')) },
      { path: 'inloggen/bevestigen', ...page(() => import('./routes/SignInConfirm')) },
      { path: 'netwerken/nieuw', ...page(() => import('./routes/NewNetwork')) },
      {
        path: 'netwerken/:networkId',
        ...page(() => import('./routes/network/NetworkLayout')),
        children: [
          { index: true, ...page(() => import('./routes/network/Overview')) },
          {
            path: 'verkennen',
            ...page(() => import('./routes/network/verkennen/VerkennenLayout')),
            children: [
              { index: true, ...page(() => import('./routes/network/verkennen/Verkennen')) },
              { path: 'kaart', ...page(() => import('./routes/network/verkennen/NetworkMap')) },
              { path: 'analyse', ...page(() => import('./routes/network/verkennen/Analyse')) },
              { path: 'medestanders', ...page(() => import('./routes/network/verkennen/Medestanders')) },
              { path: 'wie-is-wie', ...page(() => import('./routes/network/verkennen/WieIsWie')) },
              { path: 'wijkprofiel', ...page(() => import('./routes/network/profiel/Wijkprofiel')) },
              { path: 'focus', ...page(() => import('./routes/network/profiel/Focus')) },
              { path: 'import-export', ...page(() => import('./routes/network/profiel/ImportExport')) },
            ],
          },
          {
            path: 'vormgeven',
            ...page(() => import('./routes/network/vormgeven/VormgevenLayout')),
            children: [
              { index: true, ...page(() => import('./routes/network/vormgeven/Ladders')) },
              { path: 'doelen', ...page(() => import('./routes/network/vormgeven/Goals')) },
              { path: 'kaart', ...page(() => import('./routes/network/vormgeven/PartnershipCard')) },
              { path: 'kaart/versie/:versionId', ...page(() => import('./routes/network/vormgeven/CardVersion')) },
              { path: 'kartrekker', ...page(() => import('./routes/network/vormgeven/Lead')) },
              { path: 'afspraken', ...page(() => import('./routes/network/vormgeven/Agreements')) },
              { path: 'acties', ...page(() => import('./routes/network/vormgeven/Actions')) },
            ],
          },
          {
            path: 'verdiepen',
            ...page(() => import('./routes/network/verdiepen/VerdiepenLayout')),
            children: [
              { index: true, ...page(() => import('./routes/network/verdiepen/Scan')) },
              { path: 'scan/:roundId', ...page(() => import('./routes/network/verdiepen/ScanResults')) },
              { path: 'scan/:roundId/live', ...page(() => import('./routes/network/verdiepen/ScanLive')) },
              { path: 'relatiecheck', ...page(() => import('./routes/network/verdiepen/RelationCheck')) },
              { path: 'cockpit', ...page(() => import('./routes/network/verdiepen/Cockpit')) },
              { path: 'gezondheid', ...page(() => import('./routes/network/verdiepen/Health')) },
              { path: 'bijeenkomsten', ...page(() => import('./routes/network/verdiepen/Meetings')) },
              { path: 'bijeenkomsten/:meetingId', ...page(() => import('./routes/network/verdiepen/Meeting')) },
              { path: 'tijdlijn', ...page(() => import('./routes/network/verdiepen/Timeline')) },
            ],
          },
          {
            path: 'verankeren',
            ...page(() => import('./routes/network/verankeren/VerankerenLayout')),
            children: [
              { index: true, ...page(() => import('./routes/network/verankeren/Prices')) },
              { path: 'effecten', ...page(() => import('./routes/network/verankeren/Models')) },
              { path: 'effecten/:modelId', ...page(() => import('./routes/network/verankeren/Model')) },
              { path: 'casussen', ...page(() => import('./routes/network/verankeren/Cases')) },
              { path: 'borging', ...page(() => import('./routes/network/verankeren/Continuity')) },
              { path: 'resultaten', ...page(() => import('./routes/network/verankeren/ResultsPage')) },
            ],
          },
          { path: 'start', ...page(() => import('./routes/network/gids/FirstRun')) },
          { path: 'gids/:fase', ...page(() => import('./routes/network/gids/Guide')) },
          { path: 'vragenlijst', ...page(() => import('./routes/network/feedback/Usability')) },
          { path: 'feedback', ...page(() => import('./routes/network/feedback/FeedbackView')) },
          { path: 'onderzoek', ...page(() => import('./routes/network/feedback/Research')) },
          { path: 'wijzigingen', ...page(() => import('./routes/network/Changes')) },
          { path: 'werksessies', ...page(() => import('./routes/network/sessions/Sessions')) },
          { path: 'werksessies/:sessionId', ...page(() => import('./routes/network/sessions/Console')) },
          { path: 'werksessies/:sessionId/afdrukken', ...page(() => import('./routes/network/sessions/Print')) },
          { path: 'leden', ...page(() => import('./routes/network/Members')) },
          { path: 'partners', ...page(() => import('./routes/network/Partners')) },
          { path: 'instellingen', ...page(() => import('./routes/network/Settings')) },
        ],
      },
      { path: 'sessie', ...page(() => import('./routes/session/Join')) },
      { path: 'sessie/:code', ...page(() => import('./routes/session/Join')) },
      { path: 'uitnodiging/:token', ...page(() => import('./routes/Invitation')) },
      { path: 'scan/:token', ...page(() => import('./routes/scan/Answer')) },
      { path: 'resultaten/:token', ...page(() => import('./routes/results/PublicResults')) },
      { path: 'akkoord/:token', ...page(() => import('./routes/Consent')) },
      { path: 'adres-bevestigen', ...page(() => import('./routes/ContactConfirm')) },
      { path: 'geen-mail', ...page(() => import('./routes/OptOut')) },
      { path: 'account', ...page(() => import('./routes/Account')) },
      { path: 'afmelden/cockpitmail', ...page(() => import('./routes/Unsubscribe')) },
      { path: 'mijn-acties', ...page(() => import('./routes/MyActions')) },
      { path: 'onderzoek', ...page(() => import('./routes/Researcher')) },
      { path: 'privacy', ...page(() => import('./routes/Privacy')) },
      { path: 'toegankelijkheid', ...page(() => import('./routes/Accessibility')) },
      { path: '*', ...page(() => import('./routes/NotFound')) },
    ],
  },
  // The werksessie's big screen: a projector page of its own, without the app's header.
  {
    path: '/netwerken/:networkId/werksessies/:sessionId/scherm',
    HydrateFallback: FirstLoad,
    ErrorBoundary: RouteError,
    ...page(() => import('./routes/network/sessions/BigScreen')),
  },
  // One case on the big screen, in the Effectenarena order; also without the app's header.
  {
    path: '/netwerken/:networkId/verankeren/casussen/:caseId/scherm',
    HydrateFallback: FirstLoad,
    ErrorBoundary: RouteError,
    ...page(() => import('./routes/network/verankeren/CaseScreen')),
  },
]);

let lastKey = router.state.location.key;
router.subscribe((state) => {
  if (state.location.key !== lastKey) {
    lastKey = state.location.key;
    markNavigation();
  }
});

void loadMe();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
