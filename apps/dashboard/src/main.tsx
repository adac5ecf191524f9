import '@mantine/core/styles.css';
import './app.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { registerServiceWorker } from './offline/register';
import { router } from './router';

// Shade 8 of the primary colour keeps white text on buttons and links above 4.5:1 (WCAG AA).
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8, focusRing: 'always' });
// Mutations run even when the browser says it is offline (TanStack's default would pause them): the
// writes that may be made offline queue themselves in the outbox, the others fail at once, visibly.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1 }, mutations: { networkMode: 'always' } },
});

registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
