// Freshdesk: intercept `ticket.sendReply`. A reply with an error-level finding is stopped with
// `event.helper.fail(reason)` and a notice; every other reply goes with `event.helper.done()`.
function registerSendCheck(client, settings, list) {
  "use strict";
  client.events.on("ticket.sendReply", function (event) {
    var helper = event.helper;
    var data = helper.getData() || {};
    ReplyCheck.checkReply(settings, data.body).then(function (result) {
      ReplyCheck.showFindings(list, result.findings);
      if (!result.reason) return helper.done();
      client.interface.trigger("showNotify", { type: "danger", message: result.reason });
      helper.fail(result.reason);
    });
  }, { intercept: true });
}
