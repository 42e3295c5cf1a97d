// Baseline for the bundle and start-up rows: the smallest React 19 app, built and measured in the same run.
import { createRoot } from 'react-dom/client';

function Hello() {
  return (
    <h1
      ref={() => {
        performance.mark('hornbill:shell-ready');
      }}
    >
      Hello
    </h1>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Hello />);
