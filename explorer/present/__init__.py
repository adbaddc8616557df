"""Pure presentation: charts, markup (the one escaping path), strings, links, reader views. No streamlit."""
