// Starts Swagger UI from files served by the API itself, so the docs work with no internet.
window.addEventListener("load", function () {
  var base = document.body.dataset.base;
  window.ui = SwaggerUIBundle({
    url: base + "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    oauth2RedirectUrl: window.location.origin + base + "/docs/oauth2-redirect",
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
  // The authorization code flow signs in on the API's own page, as the public client the
  // demo seed registers for these docs; PKCE (S256) in place of a client secret.
  window.ui.initOAuth({
    clientId: "welzijn-api-docs",
    usePkceWithAuthorizationCodeGrant: true,
  });
});
