// Starts Swagger UI on /docs; the OpenAPI URL comes from a data- attribute, not an inline script.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  SwaggerUIBundle({ url: root.dataset.openapiUrl, dom_id: "#swagger-ui", deepLinking: true });
})();
