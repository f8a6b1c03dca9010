// Providers, outermost first: data (Apollo), language (i18n + antd ConfigProvider), then the router.
// antd's App (context-aware message/modal/notification) wraps the signed-in frame (AppLayout): the
// login page does not need it, and it would bring Modal and Notification into the first page load.
import { ApolloProvider } from "@apollo/client/react";
import { RouterProvider } from "react-router/dom";
import { I18nProvider } from "../i18n";
import { createApolloClient } from "./apollo";
import { createRouter } from "./router";

const client = createApolloClient();
const router = createRouter();

export function Root() {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </ApolloProvider>
  );
}
