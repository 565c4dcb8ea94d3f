import "@utrecht/component-library-css/dist/index.css";
import "./theme/welzijn-hillegom-lisse.css";
import "./theme/layout.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadConfig } from "./config";
import { ConfigFailure } from "./components/ConfigFailure";

const root = createRoot(document.getElementById("root") as HTMLElement);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<ConfigFailure error={error} />),
);
