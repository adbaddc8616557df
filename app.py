import streamlit as st

st.set_page_config(page_title="法院经验交流", layout="wide")
st.title("法院经验交流")
st.write("The explorer app is being built; the dataset is available from the command line.")
