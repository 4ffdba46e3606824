from django.core.management.base import BaseCommand

from places import gazetteer_store, geodata


class Command(BaseCommand):
    help = "Create or update the reference lines and areas of control from data/."

    def handle(self, *args, **options):
        lines = geodata.load_reference_lines()
        areas = geodata.load_control_areas()
        gazetteer_store.use_river_geometry()
        gazetteer_store.assign_banks()
        self.stdout.write(f"Reference lines: {lines}. Areas of control: {areas}.")
