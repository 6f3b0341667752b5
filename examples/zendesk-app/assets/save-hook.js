// Zendesk: check a public reply on the `ticket.save` hook. An error-level finding rejects the hook, which
// stops the save and shows the reason; the findings are listed in the sidebar. Internal notes pass.
function registerSaveCheck(client, settings, list, state) {
  "use strict";
  client.on("ticket.save", function () {
    return client.get(["ticket.comment.text", "ticket.comment.type"]).then(function (data) {
      if (data["ticket.comment.type"] === "internalNote") return true;
      return ReplyCheck.checkReply(settings, data["ticket.comment.text"]).then(function (result) {
        ReplyCheck.showFindings(list, result.findings);
        state.textContent = result.unavailable ? "Reply check unavailable: the reply was saved unchecked." : "";
        return result.reason ? Promise.reject(result.reason) : true;
      });
    }, function () {
      return true;  // the reply could not be read: let it go
    });
  });
}
