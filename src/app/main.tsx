import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { mocksEnabled } from '../api/config';
import { Providers } from './Providers';
import { App } from './App';
import './styles.css';

async function start(): Promise<void> {
  // The mock API is a lazy chunk: a build pointed at a real API never downloads it.
  if (mocksEnabled) {
    const { startMockWorker } = await import('../../mocks/browser');
    await startMockWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
}

void start();
