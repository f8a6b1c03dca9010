// Providers, outermost first: data (Apollo), language (i18n + antd ConfigProvider), antd's App for
// context-aware message/modal, then the router.
import { ApolloProvider } from "@apollo/client/react";
import { App as AntApp } from "antd";
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
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </I18nProvider>
    </ApolloProvider>
  );
}
