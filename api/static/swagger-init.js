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
});
