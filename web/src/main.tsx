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

const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
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
          { path: 'leden', ...page(() => import('./routes/network/Members')) },
          { path: 'partners', ...page(() => import('./routes/network/Partners')) },
          { path: 'instellingen', ...page(() => import('./routes/network/Settings')) },
        ],
      },
      { path: 'uitnodiging/:token', ...page(() => import('./routes/Invitation')) },
      { path: 'account', ...page(() => import('./routes/Account')) },
      { path: 'privacy', ...page(() => import('./routes/Privacy')) },
      { path: 'toegankelijkheid', ...page(() => import('./routes/Accessibility')) },
      { path: '*', ...page(() => import('./routes/NotFound')) },
    ],
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
