package io.scrapeline.resultstore.webhook;

import io.scrapeline.fetch.address.AddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Webhooks obey the workers' address policy: the same allow-list, the same forbidden ranges. */
@ApplicationScoped
class WebhookBeans {

  @Produces
  @ApplicationScoped
  WebhookTransport transport(WebhookSettings settings) {
    AddressPolicy policy = AddressPolicy.allowing(List.of(settings.allowedCidrs().orElse("")));
    return new WebhookTransport(settings.timeout(), policy::permits);
  }
}
