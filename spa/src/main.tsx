import "@utrecht/component-library-css/dist/index.css";
import "./theme/welzijn-hillegom-lisse.css";
import "./theme/layout.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, createApp, prefetch } from "./App";
import { ConfigFailure } from "./components/ConfigFailure";
import { loadConfig } from "./config";

const root = createRoot(document.getElementById("root") as HTMLElement);
loadConfig().then(
  (config) => {
    const app = createApp(config);
    prefetch(app, new URL(window.location.href));
    root.render(
      <StrictMode>
        <App {...app} />
      </StrictMode>,
    );
  },
  (error: unknown) => root.render(<ConfigFailure error={error} />),
);
