"""The baseline for bench/bench_rerun.py: the smallest Streamlit app a user could run instead."""

import streamlit as st

st.title("Hello")
st.text_input("q")
st.write("world")
