import { Badge, Group } from '@mantine/core';

export function AmenityBadges({ amenities }: { amenities: readonly string[] }) {
  if (amenities.length === 0) return null;
  return (
    <Group gap={4}>
      {amenities.map((amenity) => (
        <Badge key={amenity} variant="light" color="gray" size="sm" tt="none">
          {amenity}
        </Badge>
      ))}
    </Group>
  );
}
