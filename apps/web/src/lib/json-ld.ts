import type { ResourceView } from './api/models';

/** schema.org types a search engine understands for each kind of resource. */
const SCHEMA_TYPES: Record<string, string[]> = {
  science_museum: ['Museum'],
  museum: ['Museum'],
  planetarium: ['Museum'],
  education_base: ['TouristAttraction', 'EducationalOrganization'],
  research_facility: ['TouristAttraction', 'ResearchOrganization'],
  enterprise_hall: ['Museum'],
  nature_park: ['Park'],
  public_facility: ['TouristAttraction'],
  community_venue: ['CivicStructure'],
};

/** The venue as schema.org JSON-LD: place, address, geo, admission and opening hours. */
export function venueJsonLd(venue: ResourceView, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[venue.type] ?? ['TouristAttraction'],
    '@id': url,
    url,
    name: venue.name,
    ...(venue.nameEn ? { alternateName: venue.nameEn } : {}),
    description: venue.description,
    address: { '@type': 'PostalAddress', streetAddress: venue.address, addressCountry: 'CN' },
    geo: { '@type': 'GeoCoordinates', latitude: venue.location.lat, longitude: venue.location.lng },
    isAccessibleForFree: venue.admission?.free,
    publicAccess: true,
    ...(venue.photos.length ? { image: venue.photos.map((p) => new URL(`/api/v1/media/${p.mediaId}`, url).href) } : {}),
    ...(venue.contact.phone ? { telephone: venue.contact.phone } : {}),
    ...(venue.website ? { sameAs: venue.website } : {}),
    ...(venue.openingHours
      ? {
          openingHoursSpecification: venue.openingHours.jsonLd.openingHoursSpecification,
          specialOpeningHoursSpecification: venue.openingHours.jsonLd.specialOpeningHoursSpecification,
        }
      : {}),
    ...(venue.admission?.prices.length
      ? {
          offers: venue.admission.prices.map((p) => ({
            '@type': 'Offer',
            name: p.label,
            price: (p.amountFen / 100).toFixed(2),
            priceCurrency: 'CNY',
          })),
        }
      : {}),
  };
}
