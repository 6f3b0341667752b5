// The sidebar app starts: the settings come from the app's installation (manifest `parameters`).
var client = ZAFClient.init();
client.invoke("resize", { width: "100%", height: "260px" });
client.metadata().then(function (metadata) {
  registerSaveCheck(client, metadata.settings, document.getElementById("findings"), document.getElementById("state"));
});
