import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "bootstrap-italia/dist/css/bootstrap-italia.min.css";
import "./styles/fonts.css";
import "./styles/app.css";
import { App } from "./app/App";
import { initI18n } from "./i18n/setup";

initI18n();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
