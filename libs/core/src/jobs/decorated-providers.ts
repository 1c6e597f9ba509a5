import { DiscoveryService, Reflector } from '@nestjs/core';

/** Every provider whose class carries `key` metadata (a @ScheduledJob, an @OutboxConsumer), with its options. */
export function decoratedProviders<Options, Handler>(
  discovery: DiscoveryService,
  reflector: Reflector,
  key: symbol,
): { options: Options; handler: Handler }[] {
  return discovery.getProviders().flatMap((wrapper) => {
    const options = wrapper.metatype && reflector.get<Options>(key, wrapper.metatype);
    return options ? [{ options, handler: wrapper.instance as Handler }] : [];
  });
}
